;; throw: the payload is laid out like call arguments, then the throw builtin gets the
;; tag, the payload's address, the frame pointer and the throw's own address, and the
;; code jumps to the handler it returns (or traps with the code it returns).

(module
  (tag $e (param i32 i64))
  (func (export "f") (param $a i32)
    (throw $e (local.get $a) (i64.const 7))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000067
;;     1e: push    qword ptr [rbp+0x10]
;;     23: push    7
;;     25: xor     esi,esi
;;     28: mov     rdx,rsp
;;     2b: mov     rcx,rbp
;;     2e: lea     r8,[0x56]
;;     35: mov     rdi,r14
;;     38: mov     r11,rsp
;;     3b: and     rsp,0xFFFFFFFFFFFFFFF0
;;     3f: sub     rsp,8
;;     43: push    r11
;;     45: mov     r11,[r14]
;;     4a: call    qword ptr [r11+0x98] ; throw
;;     52: mov     rsp,[rsp]
;;     56: test    rax,rax
;;     59: je      0x00000000000000BA
;;     5f: mov     rbp,rdx
;;     62: jmp     rax
;;     65: leave
;;     66: ret
;;     67: cmp     dword ptr [r11+0x14],0
;;     70: jne     0x0000000000000086
;;     76: cmp     rax,[r11+0x38]
;;     7b: jb      0x00000000000000A0
;;     81: jmp     0x000000000000001E
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x28
;;     94: mov     eax,0xA
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
;;     a0: mov     r11,[r14]
;;     a5: mov     qword ptr [r11+0x18],0x28
;;     ae: mov     eax,9
;;     b4: mov     rsp,[r11+8]
;;     b9: ret
;;     ba: mov     r11,[r14]
;;     bf: mov     qword ptr [r11+0x18],0x2D
;;     c8: mov     eax,edx
;;     cb: mov     rsp,[r11+8]
;;     d0: ret
