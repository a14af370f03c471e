;; A branch carrying more than eight values: settled in consecutive slots and copied as
;; one block.
;; Finding: the branch is a `je` over a `jmp` although nothing has to move on the taken
;; edge; one `jne` would do.

(module
  (func (export "f") (param $c i32) (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (block $b (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
      (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5)
      (i32.const 6) (i32.const 7) (i32.const 8) (i32.const 9) (i32.const 10)
      (br_if $b (local.get $c)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x98]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000067
;;     1e: mov     eax,[rbp+0x58]
;;     23: push    1
;;     25: push    2
;;     27: push    3
;;     29: push    4
;;     2b: push    5
;;     2d: push    6
;;     2f: push    7
;;     31: push    8
;;     33: push    9
;;     35: push    0xA
;;     37: test    eax,eax
;;     3a: je      0x0000000000000045
;;     40: jmp     0x0000000000000045
;;     45: mov     eax,0xA
;;     4b: mov     r11,[rbp+rax*8-0x60]
;;     53: mov     [rbp+rax*8+8],r11
;;     5b: sub     eax,1
;;     5f: jne     0x000000000000004B
;;     65: leave
;;     66: ret
;;     67: cmp     dword ptr [r11+0x14],0
;;     70: jne     0x0000000000000086
;;     76: cmp     rax,[r11+0x38]
;;     7b: jb      0x00000000000000A0
;;     81: jmp     0x000000000000001E
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x35
;;     94: mov     eax,0xA
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x35
;;     ae: mov     eax,9
;;     b4: mov     rsp,[r11+8]
;;     b9: ret
