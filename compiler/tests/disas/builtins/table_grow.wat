;; `table.grow` with a null initial value.

(module
  (table $t 1 funcref)
  (func (export "f") (param $delta i32) (result i32)
    (table.grow $t (ref.null func) (local.get $delta))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005E
;;     1e: push    qword ptr [rbp+0x10]
;;     23: mov     ecx,[rbp-0x10]
;;     28: lea     rsp,[rsp+8]
;;     2d: xor     edx,edx
;;     30: xor     esi,esi
;;     33: mov     rdi,r14
;;     36: mov     r11,rsp
;;     39: and     rsp,0xFFFFFFFFFFFFFFF0
;;     3d: sub     rsp,8
;;     41: push    r11
;;     43: mov     r11,[r14]
;;     48: call    qword ptr [r11+0x70] ; table.grow
;;     4d: mov     rsp,[rsp]
;;     51: test    edx,edx
;;     54: jne     0x00000000000000B1
;;     5a: leave
;;     5b: ret     8
;;     5e: cmp     dword ptr [r11+0x14],0
;;     67: jne     0x000000000000007D
;;     6d: cmp     rax,[r11+0x38]
;;     72: jb      0x0000000000000097
;;     78: jmp     0x000000000000001E
;;     7d: mov     r11,[r14]
;;     82: mov     qword ptr [r11+0x18],0x25
;;     8b: mov     eax,0xA
;;     91: mov     rsp,[r11+8]
;;     96: ret
;;     97: mov     r11,[r14]
;;     9c: mov     qword ptr [r11+0x18],0x25
;;     a5: mov     eax,9
;;     ab: mov     rsp,[r11+8]
;;     b0: ret
;;     b1: mov     r11,[r14]
;;     b6: mov     qword ptr [r11+0x18],0x2A
;;     bf: mov     eax,edx
;;     c2: mov     rsp,[r11+8]
;;     c7: ret
