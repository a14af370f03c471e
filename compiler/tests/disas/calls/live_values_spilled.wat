;; Values live across a call are spilled before it.
;; Finding: the spilled value at the top of the machine stack is popped into a fresh
;; register and the result moved back to `rax`, where `add eax,[slot]` would do.

(module
  (func $g (result i32) (i32.const 1))
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.add (i32.add (i32.mul (local.get $a) (local.get $b)) (i32.xor (local.get $a) (local.get $b))) (call $g))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000026
;;     1e: mov     eax,1
;;     24: leave
;;     25: ret
;;     26: cmp     dword ptr [r11+0x14],0
;;     2f: jne     0x0000000000000045
;;     35: cmp     rax,[r11+0x38]
;;     3a: jb      0x000000000000005F
;;     40: jmp     0x000000000000001E
;;     45: mov     r11,[r14]
;;     4a: mov     qword ptr [r11+0x18],0x25
;;     53: mov     eax,0xA
;;     59: mov     rsp,[r11+8]
;;     5e: ret
;;     5f: mov     r11,[r14]
;;     64: mov     qword ptr [r11+0x18],0x25
;;     6d: mov     eax,9
;;     73: mov     rsp,[r11+8]
;;     78: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000059
;;     1e: mov     eax,[rbp+0x18]
;;     23: imul    eax,[rbp+0x10]
;;     29: mov     ecx,[rbp+0x18]
;;     2e: xor     ecx,[rbp+0x10]
;;     33: add     eax,ecx
;;     36: push    rax
;;     38: lea     rsp,[rsp-8]
;;     3d: call    0xFFFFFFFFFFFFFF80
;;     42: lea     rsp,[rsp+8]
;;     47: mov     ecx,[rbp-0x10]
;;     4c: lea     rsp,[rsp+8]
;;     51: add     ecx,eax
;;     54: mov     rax,rcx
;;     57: leave
;;     58: ret
;;     59: cmp     dword ptr [r11+0x14],0
;;     62: jne     0x0000000000000078
;;     68: cmp     rax,[r11+0x38]
;;     6d: jb      0x0000000000000092
;;     73: jmp     0x000000000000001E
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x2A
;;     86: mov     eax,0xA
;;     8c: mov     rsp,[r11+8]
;;     91: ret
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x2A
;;     a0: mov     eax,9
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
