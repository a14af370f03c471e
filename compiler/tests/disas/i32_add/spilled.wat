;; The left operand is spilled by the call that computes the right one, and read back
;; from its slot.
;; Finding: the spilled value at the top of the machine stack is popped into a fresh
;; register and the result moved back to `rax`, where `add eax,[slot]` would do.

(module
  (func $g (result i32) (i32.const 1))
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.add (i32.mul (local.get $a) (local.get $b)) (call $g))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000028
;;     1e: mov     eax,1
;;     24: leave
;;     25: ret     8
;;     28: cmp     dword ptr [r11+0x14],0
;;     31: jne     0x0000000000000047
;;     37: cmp     rax,[r11+0x38]
;;     3c: jb      0x0000000000000061
;;     42: jmp     0x000000000000001E
;;     47: mov     r11,[r14]
;;     4c: mov     qword ptr [r11+0x18],0x25
;;     55: mov     eax,0xA
;;     5b: mov     rsp,[r11+8]
;;     60: ret
;;     61: mov     r11,[r14]
;;     66: mov     qword ptr [r11+0x18],0x25
;;     6f: mov     eax,9
;;     75: mov     rsp,[r11+8]
;;     7a: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004E
;;     1e: mov     eax,[rbp+0x18]
;;     23: imul    eax,[rbp+0x10]
;;     29: push    rax
;;     2b: lea     rsp,[rsp-8]
;;     30: call    0xFFFFFFFFFFFFFF80
;;     35: mov     r14,[rbp-8]
;;     3a: mov     ecx,[rbp-0x10]
;;     3f: lea     rsp,[rsp+8]
;;     44: add     ecx,eax
;;     47: mov     rax,rcx
;;     4a: leave
;;     4b: ret     0x10
;;     4e: cmp     dword ptr [r11+0x14],0
;;     57: jne     0x000000000000006D
;;     5d: cmp     rax,[r11+0x38]
;;     62: jb      0x0000000000000087
;;     68: jmp     0x000000000000001E
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x2A
;;     7b: mov     eax,0xA
;;     81: mov     rsp,[r11+8]
;;     86: ret
;;     87: mov     r11,[r14]
;;     8c: mov     qword ptr [r11+0x18],0x2A
;;     95: mov     eax,9
;;     9b: mov     rsp,[r11+8]
;;     a0: ret
