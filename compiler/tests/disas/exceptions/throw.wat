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
;;     18: jb      0x0000000000000069
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
;;     4a: call    qword ptr [r11+0xB0] ; throw
;;     52: mov     rsp,[rsp]
;;     56: test    rax,rax
;;     59: je      0x00000000000000BC
;;     5f: mov     rbp,rdx
;;     62: jmp     rax
;;     65: leave
;;     66: ret     8
;;     69: cmp     dword ptr [r11+0x14],0
;;     72: jne     0x0000000000000088
;;     78: cmp     rax,[r11+0x38]
;;     7d: jb      0x00000000000000A2
;;     83: jmp     0x000000000000001E
;;     88: mov     r11,[r14]
;;     8d: mov     qword ptr [r11+0x18],0x28
;;     96: mov     eax,0xA
;;     9c: mov     rsp,[r11+8]
;;     a1: ret
;;     a2: mov     r11,[r14]
;;     a7: mov     qword ptr [r11+0x18],0x28
;;     b0: mov     eax,9
;;     b6: mov     rsp,[r11+8]
;;     bb: ret
;;     bc: mov     r11,[r14]
;;     c1: mov     qword ptr [r11+0x18],0x2D
;;     ca: mov     eax,edx
;;     cd: mov     rsp,[r11+8]
;;     d2: ret
